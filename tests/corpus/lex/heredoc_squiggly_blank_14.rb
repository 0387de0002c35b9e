s = <<~EOS
  first

  after blank

  after spaces
EOS
