msg = "first
second #{1 + 1}
third"
