=begin
one
=end
=begin
two
=end
p 1
