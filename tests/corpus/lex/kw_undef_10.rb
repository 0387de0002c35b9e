class X
  undef foo
  undef :bar, baz
  undef +, []
end
