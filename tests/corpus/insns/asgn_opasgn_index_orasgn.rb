h = {}
h[:list] ||= []
h[:list] << 1
p h
