s = <<~EOS
  one \
  two
    three \
  four
EOS
