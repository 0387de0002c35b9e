class Flag
  def on? = !!@on
  def on! = @on = true
end
f = Flag.new
f.on!
p f.on?
