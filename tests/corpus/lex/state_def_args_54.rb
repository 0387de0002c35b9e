def m(a, (b, c), *d) end
def n a, b = {}, c = -1, d = [], &e
end
