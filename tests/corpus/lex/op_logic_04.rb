a && b || c
!a
x = a&&b||c
y = !!z
