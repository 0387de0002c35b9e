def accepts_any(*a, **k) = [a.size, k.size]

p accepts_any
p accepts_any(**{})
p accepts_any(*[], **{})
p accepts_any(nil)
p accepts_any({})
empty = {}
p accepts_any(empty)
p accepts_any(**empty)
