def f
=begin
inside a method
=end
  1
end
