obj.x += 1
obj[0] ||= []
obj::Y ||= 2
A::B &&= 3
h[:k] <<= 1
