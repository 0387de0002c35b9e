foo(*args)
foo(**opts)
foo(*a, **b, &c)
a = *1..3
