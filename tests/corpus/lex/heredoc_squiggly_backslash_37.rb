s = <<~E
  a\nb
    c\
d
E
