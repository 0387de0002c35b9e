name = "x"
s = <<~EOS
  Dear #{name},
    indented more
  bye
EOS
