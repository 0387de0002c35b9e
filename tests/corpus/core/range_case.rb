def grade(n)
  case n
  when 90.. then "A"
  when 80...90 then "B"
  when 70...80 then "C"
  when ...70 then "F"
  end
end
p [95, 90, 89.5, 80, 75, 10, -5].map { grade(_1) }
def kind(c)
  case c
  when "a".."z" then :lower
  when "A".."Z" then :upper
  when "0".."9" then :digit
  else :other
  end
end
p "aZ9_".chars.map { kind(_1) }
