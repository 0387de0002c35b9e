s = <<~'EOS'
  no #{interp} here
EOS
