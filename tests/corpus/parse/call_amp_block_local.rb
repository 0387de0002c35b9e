m = method(:puts)
[1].each(&m)
