a = /\d+\s*\w?/
b = /\A\z\Z\b\B/
c = /[a-z]\n\t/
d = /\x41\101\u0041/
e = /\/path\//
