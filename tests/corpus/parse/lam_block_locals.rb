f = ->(x; y) { y = x }
