r = catch(:stop) do
  10.times { |i| throw :stop, i if i == 4 }
  :finished
end
p r
r2 = catch(:stop) { :no_throw }
p r2
r3 = catch(:stop) { throw :stop }
p r3
