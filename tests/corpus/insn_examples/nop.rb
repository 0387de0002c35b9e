value = (Integer("42") rescue 0)
