p 1
return if true
p 2
