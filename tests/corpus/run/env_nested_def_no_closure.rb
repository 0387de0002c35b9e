x = 1
def peek
  defined?(x) ? x : :no_x
end
p peek
define_method(:peek2) { x } rescue p $!.class
self.class.send(:define_method, :peek3) { x }
p peek3
x = 2
p peek3
