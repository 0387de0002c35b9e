s = <<~'END'
  #{x} stays
    \n raw
END
