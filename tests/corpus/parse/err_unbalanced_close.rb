foo 1)
