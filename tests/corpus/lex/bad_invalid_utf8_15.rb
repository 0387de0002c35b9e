abcâ‚ = 1
