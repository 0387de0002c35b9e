w = "w"
p %w[one two], %W[a#{w} b]
