x = 1 # set x
# standalone comment
y = 2  #no space
  # indented comment
