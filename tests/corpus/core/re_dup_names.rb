# a group name used twice: [] and named_captures give the last group of that name that matched
m = "ab".match(/(?<n>a)(?<n>b)?/)
p m, m[:n], m.named_captures, m.names, m.captures, /(?<n>a)(?<n>b)?/.names, /(?<n>a)(?<n>b)?/.named_captures
m = "a".match(/(?<n>a)(?<n>b)?/)
p m, m[:n], m.named_captures, m.begin(:n)
p "xx" =~ /(?<c>x)\k<c>/, "ab-b" =~ /(?:(?<c>a)|(?<c>b))b-\k<c>/, "ab".sub(/(?<n>a)(?<n>b)/, '[\k<n>]')
if /(?<w>\d)|(?<w>[a-z])/ =~ "q"
  p w
end
