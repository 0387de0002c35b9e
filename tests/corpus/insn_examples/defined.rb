defined?(@name)
