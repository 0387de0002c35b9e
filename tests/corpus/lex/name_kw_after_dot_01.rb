x.class
x.if
y.end
z.then.def
obj.self.nil
