m do |a, b:, c: 1| end
m { |*a, b| }
m { |a, (b, (c, d))| }
