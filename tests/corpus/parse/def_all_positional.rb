def m(a, b = 1, *c, d, e)
end
