x = /ab
