s = nil
p s&.length
