l = -> { return 5; 6 }
p l.call
