[-5, 5, 0, -123456].each do |n|
  puts format("%06d|%-6d|%+6d|% 6d|%06x|%6.4d", n, n, n, n, n, n)
end
[-1.5, 1.5, 0.0].each do |f|
  puts format("%08.2f|%-8.2f|%+8.2f|% 8.2f|%08.2e", f, f, f, f, f)
end
