text = <<EOS
line one
line two
EOS
puts text
