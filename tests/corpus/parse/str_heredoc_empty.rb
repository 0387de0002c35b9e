s = <<~E
E
