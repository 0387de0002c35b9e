def name
  @name ||= "x"
end
@a, @b = 1, 2
@c.d = @a
