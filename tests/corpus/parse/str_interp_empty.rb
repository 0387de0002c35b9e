a = "#{}"
b = "a#{nil}b"
