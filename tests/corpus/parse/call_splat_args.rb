foo(*args)
foo(1, *rest, 2)
foo(*a, *b)
