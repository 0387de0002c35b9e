s = "#{<<A}"
body
