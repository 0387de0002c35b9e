s = -"dedup"
p s.frozen?
