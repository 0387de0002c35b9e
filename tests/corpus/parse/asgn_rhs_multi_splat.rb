r = *a, *b
