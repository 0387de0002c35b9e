class Foo
  undef bar
  undef :baz, :qux
  undef +, []
end
