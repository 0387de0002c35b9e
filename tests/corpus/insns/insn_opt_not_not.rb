v = nil
p !!v
