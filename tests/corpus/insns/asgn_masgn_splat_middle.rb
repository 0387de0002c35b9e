a, *m, z = *"a".."e"
p a, m, z
