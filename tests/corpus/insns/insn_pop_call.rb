[3, 1, 2].sort
p :done
