s = <<EOS
body line
no terminator
