ok = false
p :fail unless ok
