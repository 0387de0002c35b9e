case x
in String
  :s
in Foo::Bar
  :fb
end
