1 in Integer
x = {a: 1} in {a:}
[1, 2] => [first, second]
p first
