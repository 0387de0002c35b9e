x = if true then 1 else end 2
y = 3
