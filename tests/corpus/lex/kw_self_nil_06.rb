def me
  self
end
x = nil
y = true
z = false
self.class
