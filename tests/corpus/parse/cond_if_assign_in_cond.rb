if (m = line.match(/(\d+)/))
  puts m[1]
end
