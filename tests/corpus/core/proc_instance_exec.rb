class Box
  def initialize = @secret = 42
end
pr = proc { @secret }
p Box.new.instance_eval(&pr), Box.new.instance_exec(1) { |x| @secret + x }
p "str".instance_eval { size }, [1, 2].instance_exec(10) { |m| map { _1 * m } }
p Box.new.instance_eval { self.class }
