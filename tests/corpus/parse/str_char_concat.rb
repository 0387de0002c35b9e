a = "a" + ?b
