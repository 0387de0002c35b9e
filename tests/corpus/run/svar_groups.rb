if "2023-04-15" =~ /(\d+)-(\d+)-(\d+)/
  p [$1, $2, $3]
  p $~.pre_match
  p $`
  p $'
  p $~.captures
end
"abc" =~ /(x)?/
p $1
p $+
