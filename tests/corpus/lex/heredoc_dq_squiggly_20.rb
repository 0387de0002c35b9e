x = 2
s = <<~"END"
  #{x}
   y
END
