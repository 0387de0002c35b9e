text = <<EOS
Hello
World
EOS
