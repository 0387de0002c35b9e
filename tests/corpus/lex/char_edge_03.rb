a = ?\C-\M-z
b = ?\e
c = ?\u{1F600}
d = ?1
