a = 1, 2
b = *list
c = 1, *rest
d = *a, 2
