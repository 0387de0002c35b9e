foo(1, *a, k: 2, **h, &b)
