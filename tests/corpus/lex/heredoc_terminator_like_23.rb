s = <<EOS
EOS is not alone here
  EOS
EOS
