a = :"a#{b}c"
b = %s(sym)
