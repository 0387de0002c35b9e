s = <<~EOS
  text
