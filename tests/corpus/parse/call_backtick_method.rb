obj.class
obj.then { _1 }
