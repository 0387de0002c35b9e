v = 2
text = <<~EOS
  value: #{v * }
EOS
puts text
