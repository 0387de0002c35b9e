class Foo
  def old; end
  alias new old
  alias_method :newer, :old
end
