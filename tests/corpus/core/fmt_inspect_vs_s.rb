objs = [1, 1.0, "s", :s, nil, true, [1, "2"], {k: "v"}, 1..2, 3r, 2i]
objs.each do |o|
  puts format("%-10s %p", o, o)
end
