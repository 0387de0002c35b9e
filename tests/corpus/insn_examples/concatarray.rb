rest = [2, 3]
[1, *rest]
