foo 1 do |x|
  x
end
