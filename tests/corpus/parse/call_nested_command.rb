puts format "%d", 1
