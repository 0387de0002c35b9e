foo -1
foo = 2
foo -1
def bar; foo -1; end
