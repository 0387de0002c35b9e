[1].each do |x|
  g = ->(&b) { b.(x) }
  p g.() { |y| y * 2 }
end
