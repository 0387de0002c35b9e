a = "\z\q\y"
b = "\
continued"
c = "\#{not}"
d = "\#@nope"
