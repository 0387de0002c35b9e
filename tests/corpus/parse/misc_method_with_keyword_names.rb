obj.class
obj.if
obj.end
obj.then { }
