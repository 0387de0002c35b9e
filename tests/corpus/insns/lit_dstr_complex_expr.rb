a = [1, 2]
puts "sum=#{a.sum} max=#{a.max} #{a.empty? ? "e" : "n"}"
