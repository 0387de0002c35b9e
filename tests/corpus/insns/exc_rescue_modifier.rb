x = (raise "e" rescue "saved")
p x
