a = %q(a \) b)
b = %Q(c \( d)
c = %w(a\)b c)
d = %q{x\}y}
