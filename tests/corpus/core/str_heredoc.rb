a = <<~TEXT
  indented
    more
  back
TEXT
p a
b = <<-EOS
    keep indent
    EOS
p b
c = <<~'RAW'
  no #{interp} \n here
RAW
p c
d = [<<~ONE, <<~TWO]
  first
ONE
  second
TWO
p d
p <<~E.lines.map(&:strip)
  x
  y
E
