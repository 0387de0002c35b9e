h = {}
p h[:x].nil?, 1.nil?
