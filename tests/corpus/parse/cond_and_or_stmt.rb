ready? and start or fail
