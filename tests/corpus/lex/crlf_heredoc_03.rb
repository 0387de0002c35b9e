s = <<~EOS
  one
  two
EOS
p s
