defaults = { color: :red }
list = [1, { a: 2 }, **defaults]
p list
