def collect(*items) = items
def head_tail(first, *rest) = [first, rest]

p collect
p collect(1)
p collect(1, 2, 3)
p head_tail(1)
p head_tail(1, 2, 3)
arr = [4, 5, 6]
p collect(*arr, 7)
p collect(*nil)
p collect(*"str")
