x = 1
retry
