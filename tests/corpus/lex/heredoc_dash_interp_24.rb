x = 3
s = <<-EOS
  #{x} #{
    x + 1
  }
  EOS
