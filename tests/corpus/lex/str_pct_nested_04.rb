a = %q(a (nested (deep)) b)
b = %Q[x [y] z]
c = %{ {a} {b {c}} }
d = %<<a> b>
