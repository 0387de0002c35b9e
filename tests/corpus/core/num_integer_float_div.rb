[[7, 2], [-7, 2], [7, -2], [7.0, 2], [7, 2.0], [7r, 2], [-7r, 2]].each do |a, b|
  p [a / b, a % b, a.divmod(b), a.fdiv(b), a.remainder(b)]
end
