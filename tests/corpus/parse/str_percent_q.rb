a = %q(single 'quoted')
b = %Q(double "#{x}")
c = %(plain #{y})
d = %q{nested {braces}}
