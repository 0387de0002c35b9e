k = "key"
p({ k => 1, sym: 2, "s#{k}": 3 })
