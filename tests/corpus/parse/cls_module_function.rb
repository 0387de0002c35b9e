module Tools
  module_function
  def helper = 1
end
