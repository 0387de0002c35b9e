puts "a", "b" if verbose
