a = 1
p "outer #{"inner #{a + 1}"}"
