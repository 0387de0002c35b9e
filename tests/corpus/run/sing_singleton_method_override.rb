class Robot
  def beep = "beep"
end
r = Robot.new
class << r
  def beep = super.upcase + " (override)"
  def extra = :extra
end
p r.beep
p Robot.new.beep
p r.singleton_class.instance_methods(false).sort
p r.singleton_class.include?(Kernel)
