d = "/"
out = <<~`SH`
  ls #{d}
SH
