a = b ? c : d
e = f ? g : h
i = j ? k: l
m = 1; n = m ?1:2
