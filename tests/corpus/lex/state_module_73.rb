module A::B
  module_function
  def f; end
end
module ::C; end
