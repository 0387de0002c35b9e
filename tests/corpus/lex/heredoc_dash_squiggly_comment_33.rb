x = <<~EOS # trailing comment
  body
EOS
y = <<-EOS; z = 1
  body
  EOS
