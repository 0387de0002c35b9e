foo(a: -1)
foo b: [1]
foo c: !x
h = {d: ::E}
g(f: /re/)
