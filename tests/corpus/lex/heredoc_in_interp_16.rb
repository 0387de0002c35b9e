s = "before #{<<~X.chomp} after"
  inside
X
p s
