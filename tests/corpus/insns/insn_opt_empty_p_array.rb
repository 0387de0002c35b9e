a = []
p a.empty?
