p [[2, "a"], [1, "b"]].sort
p [3, 2.5, 1r].sort
p [1, "b", :c].sort
