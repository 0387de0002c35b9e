class Foo <
  Bar
end
module
  M
end
