obj.count += 1
obj.list ||= []
obj.flag &&= false
obj.v <<= 2
