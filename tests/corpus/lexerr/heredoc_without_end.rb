s = <<EOS
abc
