x = "b"
a = :"a#{x}"
b = :"plain"
c = :"#{x}#{x}"
