s = 'open
