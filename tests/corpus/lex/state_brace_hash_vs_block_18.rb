foo {}
foo({})
[{}]
a = {}
