# leading comment
x = 1 # trailing
=begin
block comment
=end
y = 2
