s = <<~E

    x
E
