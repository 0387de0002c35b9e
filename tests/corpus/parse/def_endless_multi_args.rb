def area(w, h = w) = w * h
