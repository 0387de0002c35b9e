x ||= foo 1
x += bar 2
