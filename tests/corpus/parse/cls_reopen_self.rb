class Foo
  def bar
    self.class
  end
end
