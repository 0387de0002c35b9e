name = nil
greeting = "Hello, "
greeting + name
