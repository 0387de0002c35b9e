class Str2
  def a = 1
  alias b a
end
p Str2.new.b
