name = "x"
s = <<-TXT
  hi #{name}
  TXT
p s
