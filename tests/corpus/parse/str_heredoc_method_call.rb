s = <<~EOS.strip.upcase
  text
EOS
