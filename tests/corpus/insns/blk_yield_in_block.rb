def wrap
  [1, 2].each { |x| yield x * 10 }
end
wrap { |v| p v }
