text = <<~T
  hello
T
