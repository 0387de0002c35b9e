class Ghost
  def method_missing(name, *args, &blk)
    "ghost got #{name} with #{args.inspect}#{blk ? " and a block" : ""}"
  end
end

g = Ghost.new
puts g.anything
puts g.other(1, 2)
puts g.blocky { }
puts g.send(:via_send, :x)
