# comment
x = 1 # eol
=begin
block
=end
y = 2
