p 3.between?(1, 5), 1.between?(1, 1), 0.between?(1, 5)
p "cat".between?("bat", "dog"), 2.5.between?(2, 3)
p Comparable.instance_methods.sort
