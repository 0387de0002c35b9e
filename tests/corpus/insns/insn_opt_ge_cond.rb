n = 2
p :ok if n >= 1
