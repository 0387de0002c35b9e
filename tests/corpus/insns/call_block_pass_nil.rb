b = nil
p [1].map(&b).class
