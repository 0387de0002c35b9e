a&.b
a&.b(1)
a&.b { }
