raise "boom" rescue puts("saved")
