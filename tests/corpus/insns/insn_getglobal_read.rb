$counter = 5
p $counter + 1
