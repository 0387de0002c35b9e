class Service
  def call(x) = "call(#{x})"
  alias_method :call_without_log, :call
  def call(x) = "log -> " + call_without_log(x)
end
p Service.new.call(1)
p Service.instance_method(:call_without_log).original_name
p Service.public_instance_methods(false).sort
