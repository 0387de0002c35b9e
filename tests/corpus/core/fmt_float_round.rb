[0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 1.005].each do |v|
  puts format("%.0f %.1f %.2f %6.3f", v, v, v, v)
end
p format("%.15g", 0.1), format("%.17g", 0.1), format("%.20f", 0.1)
p format("%.1f", 1e300).size
p format("%g", 1.0e-5), format("%g", 123456789.0)
