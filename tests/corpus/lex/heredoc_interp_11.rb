name = "w"
msg = <<~MSG
  Hello #{name}
  #{name} starts a line
    and #@x and #$y
MSG
