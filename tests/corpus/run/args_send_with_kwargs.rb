class Svc
  def call(x, scale: 1) = x * scale
end

s = Svc.new
p s.send(:call, 3)
p s.send(:call, 3, scale: 4)
p s.public_send(:call, 2, **{ scale: 5 })
p s.method(:call).call(1, scale: 9)
p s.method(:call).to_proc.call(2, scale: 2)
