x = (a) / 2
y = a[0] / 2
z = a.b / 2
w = @i / 2
v = @@c / 2 rescue 0
