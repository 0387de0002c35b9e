a = %q[x]
b = %Q<y>
c = %q|z|
d = %Q!w!
