s = <<~EOS
  #{x} body
