%w[a b].each_with_index { |s, i| p [s, i] }
