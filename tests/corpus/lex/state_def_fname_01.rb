def foo(a, b) end
def bar a, b; end
def baz; end
def qux=(v) end
