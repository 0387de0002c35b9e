re = /
  \d+   # digits
  \s*   # space
/x
