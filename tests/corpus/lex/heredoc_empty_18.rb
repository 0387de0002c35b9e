a = <<EOS
EOS
b = <<~EOS
EOS
