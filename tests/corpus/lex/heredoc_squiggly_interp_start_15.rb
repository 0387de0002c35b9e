v = 1
s = <<~EOS
  #{v} at start
    #{v}
  text #{v}
EOS
