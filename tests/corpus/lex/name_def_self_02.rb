def self.call; end
def obj.meth(a) a end
def Foo.bar; end
def (expr).baz; end
