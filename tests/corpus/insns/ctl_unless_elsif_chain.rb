v = 0
if v.zero?
  p :z
elsif v.positive?
  p :p
end
