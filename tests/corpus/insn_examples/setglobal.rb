$verbose = true
