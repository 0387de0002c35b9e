k = "z"
h = { "#{k}_key": 1, "pre#{k}": 2 }
