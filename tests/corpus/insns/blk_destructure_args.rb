{ a: 1, b: 2 }.each { |k, v| p "#{k}=#{v}" }
[[1, [2, 3]]].each { |a, (b, c)| p a + b + c }
