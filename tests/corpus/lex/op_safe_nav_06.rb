user&.profile&.name
x&.call(1)
y&.[](2)
z &.foo
