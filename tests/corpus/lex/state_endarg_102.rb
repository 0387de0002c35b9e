foo (1) {}
p (x) do |y| end
a.b (c) { }
m ([1]) { |e| e }
