s = <<~E
  a
E