a, *b.c = list
*h[:k], z = list
