a = %q(single 'quoted')
b = %q[brackets]
c = %q{braces}
d = %q<angle>
e = %q|pipe|
f = %q!bang!
