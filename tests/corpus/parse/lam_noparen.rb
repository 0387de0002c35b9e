g = -> x { x + 1 }
h = -> x, y { x + y }
