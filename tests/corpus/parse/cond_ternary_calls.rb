puts(ok? ? good(1) : bad(2))
