def kind(x)
  case x
  when Integer then "int"
  when Float, Rational then "real"
  when /\A\d+\z/ then "digits"
  when String then "str"
  when nil then "nil"
  when ->(v) { v.respond_to?(:each) } then "enumerable"
  else "other"
  end
end
p [1, 2.0, 3r, "45", "ab", nil, [1], {a: 1}, :sym, 1..2].map { kind(_1) }
p Integer === 1, (1..3) === 2, /a/ === "cat", :a === :a, Object === nil, NilClass === nil, ->(x) { x > 1 } === 2
