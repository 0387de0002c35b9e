def f(*, **, &)
end
def g(a, *b, c = 1)
end
