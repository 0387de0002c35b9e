obj.
  # comment after dot
  meth
obj&.
  other
Foo::
  Bar
