s = "#{if x then 1 else 2 end}"
t = "#{[1, 2].map { |i| i * 2 }.join(",")}"
u = "#{h = {a: 1}; h[:a]}"
