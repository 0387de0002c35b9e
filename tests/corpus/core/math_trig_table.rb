(0..4).each do |i|
  deg = i * 45
  rad = deg * Math::PI / 180
  puts format("%3d %8.5f %8.5f %s", deg, Math.sin(rad), Math.cos(rad), Math.tan(rad).round(5))
end
