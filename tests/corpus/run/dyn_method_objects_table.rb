class Dispatcher
  def on_start = "starting"
  def on_stop = "stopping"
  def handle(event) = public_send("on_#{event}")
end
d = Dispatcher.new
p d.handle(:start)
p d.handle("stop")
table = %i[on_start on_stop].to_h { |n| [n, d.method(n)] }
p table.transform_values(&:call)
