raw = <<~'RAW'
  no #{interp} here
RAW
p raw
