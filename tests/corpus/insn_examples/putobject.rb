limit = 42
