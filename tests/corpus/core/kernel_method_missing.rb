class Ghost
  def method_missing(name, *args, &blk)
    if name.to_s.start_with?("get_")
      "got #{name.to_s.sub("get_", "")} #{args.inspect}"
    else
      super
    end
  end
  def respond_to_missing?(n, p = false) = n.to_s.start_with?("get_") || super
end
g = Ghost.new
p g.get_x
p g.get_y(1, 2)
p g.respond_to?(:get_z)
begin
  g.other
rescue NoMethodError => e
  p e.name
  p e.args
end
