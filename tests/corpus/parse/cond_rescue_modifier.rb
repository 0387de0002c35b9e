value = Integer("abc") rescue 0
