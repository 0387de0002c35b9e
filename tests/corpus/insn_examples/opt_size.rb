{a: 1}.size
