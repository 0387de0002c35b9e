a = 1; b = 2; c = 3
def f; end; g;
;;x
