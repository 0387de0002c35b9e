# opt_case_dispatch: literal `when`s of every kind, the jump table and its fallbacks
def kind(x)
  case x
  when 1 then :one
  when 2, 3 then :two_or_three
  when :sym then :symbol
  when "str" then :string
  when 4.0 then :four_point_oh
  when nil then :nil
  when true then :true
  when false then :false
  else :other
  end
end
p [1, 2, 3, :sym, "str", 4.0, 4, nil, true, false, 5, "x", 1.0].map { |v| kind(v) }
def grade(n)
  case n
  when 90..100 then "A"
  when 80...90 then "B"
  when Integer then "C"
  else "?"
  end
end
p [95, 85, 10, "x"].map { |n| grade(n) }
class Integer
  def ===(o) = false
end
p (1..3).map { |v| kind(v) }
y = 7
r = case y when 5 then :five when 7 then :seven end
p r
p(case "b" when "a" then 1 when "b" then 2 end)
p(case 2.0 when 2 then :int_two when 3 then :three end)
