def f(&) = g(&)
def h(...) = i(...)
def j(a, ...) = k(1, ...)
