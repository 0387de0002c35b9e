module M
  class C
    def x = 1 + 
  end
  foo(]
end
