e = [1].each
p e.next
e.next
