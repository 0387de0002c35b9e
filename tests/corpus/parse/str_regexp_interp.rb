re = /^#{prefix}\d+$/
re2 = %r[a#{1}b]i
