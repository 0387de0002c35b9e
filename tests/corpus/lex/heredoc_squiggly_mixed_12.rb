s = <<~EOS
    four
  two
      six
EOS
