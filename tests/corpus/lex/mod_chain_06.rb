a = 1 if b unless c while d
foo rescue bar if baz
