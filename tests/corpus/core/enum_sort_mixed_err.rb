p [3, 2.5, 1r].sort
p [1, "b", :c].sort
