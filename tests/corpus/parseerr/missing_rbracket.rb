list = [1, 2, 3
list.each { |x| p x }
