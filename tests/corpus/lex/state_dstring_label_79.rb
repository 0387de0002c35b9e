foo "a": 1
foo("b": 2)
{ "c": 3, 'd': 4 }
x = a ? "e": f
