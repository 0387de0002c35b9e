x = [1,
     # comment line
     2]
