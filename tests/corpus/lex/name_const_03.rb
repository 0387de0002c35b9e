x = Integer("3")
y = Array(nil)
Hash[1, 2]
String.new
