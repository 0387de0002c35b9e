class Conf
  @setting = "class-level"
  def self.setting = @setting
  def setting = @setting
  def set! = @setting = "instance-level"
end
c = Conf.new
p Conf.setting
p c.setting
c.set!
p c.setting
p Conf.setting
p Conf.instance_variables
p c.instance_variables
