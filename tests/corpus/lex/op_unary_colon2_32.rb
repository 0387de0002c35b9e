foo ::Bar
foo::Bar
x = 1
x ::Bar rescue nil
puts(::Bar)
