[3, 1, 2].sort { |a, b| b <=> a }
x = y <=> z
Integer === 3
