a = /(?i)abc/
b = /(?:x|y)+/
c = /a(?=b)(?!c)/
d = /\p{Alpha}\h/
e = /[[:alpha:]]/
