s = "key=value; other=thing"
p s[/\w+=\w+/], s[/(\w+)=(\w+)/, 2], s[/(?<k>\w+)=(?<v>\w+)/, "v"], s[/(?<k>\w+)=(?<v>\w+)/, :k], s[/nope/], s[/(x)?y/, 1]
s2 = s.dup
s2[/\w+/] = "KEY"
p s2
p s.slice(/o\w+/), s.index(/=/), s.rindex(/=/), s.start_with?(/k../), s.sub(/(?<k>\w+)=/, '\k<k>: ')
