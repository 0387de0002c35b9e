p format("%2$s %1$s", "world", "hello")
p format("%1$s %1$s %1$s", "echo")
p format("%1$*2$d|", 5, 8)
p format("%3$-4s|%2$04d|%1$x", 255, 7, "s")
begin
  format("%d %d", 1)
rescue ArgumentError => e
  p e.message
end
begin
  format("%z", 1)
rescue ArgumentError => e
  p e.message
end
