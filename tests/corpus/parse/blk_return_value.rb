total = list.inject(0) { |s, x| s + x }
