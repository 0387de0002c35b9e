a = %s(sym)
b = %s[with space]
c = %s{x}
