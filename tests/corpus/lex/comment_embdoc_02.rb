=begin
this is a block comment
  with indentation
=end
x = 1
