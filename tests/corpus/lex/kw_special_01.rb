enc = __ENCODING__
line = __LINE__
file = __FILE__
p enc, line, file
