p 5.send(:+, 3)
p "s".public_send(:upcase)
