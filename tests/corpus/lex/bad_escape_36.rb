s = "\u{zz}"
t = "\xg"
