def m
  s = <<-EOS
    indented
    EOS
end
