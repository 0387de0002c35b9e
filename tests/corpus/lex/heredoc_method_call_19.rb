puts(<<~EOS.lines.map(&:strip))
  a
  b
EOS
