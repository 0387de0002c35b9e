a << b
a <<b
heredoc body
b
x = 1
x <<1
arr << 1 << 2
