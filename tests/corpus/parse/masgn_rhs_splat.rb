a, b = *list
a, b = 1, *rest
a, b = *x, *y
