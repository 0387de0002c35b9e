foo(**opts)
foo(a: 1, **opts)
foo(**a, **b)
