x = y ? :z : :w
c = 1; m = c ?1:2
q = c ?c:c rescue 0
