def hi = "hi"
p self.hi
