def classify(x)
  case x
  when Integer, Float then "number"
  when String then "string"
  when nil then "nil"
  when Enumerable then "enumerable"
  when Comparable then "comparable"
  else "other"
  end
end
[1, 2.5, "s", nil, [1], { a: 1 }, :sym, Object.new].each { |v| puts classify(v) }
