class Foo
  private def secret = 42
  protected

  def prot; end
end
