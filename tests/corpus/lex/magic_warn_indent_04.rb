# warn_indent: true
if x
  y
 end
