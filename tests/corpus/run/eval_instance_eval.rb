class Secret
  def initialize = @code = 1234
  private def hidden = :hidden
end
s = Secret.new
p s.instance_eval { @code }
p s.instance_eval { hidden }
p s.instance_eval("@code + 1")
p s.instance_eval { self.class }
s.instance_eval { @code = 0 }
p s.instance_variable_get(:@code)
