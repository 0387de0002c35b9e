x = [<<ONE.strip, "two"].join(", ") + "!"
one
ONE
p x
