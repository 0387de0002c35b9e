s = "John Smith <john@example.com>"
p s[/<(.+)>/, 1], s[/(\w+)@(\w+)/, 2], s[/(?<user>\w+)@/, "user"], s.slice(/\w+/), s[/zzz/, 1], s[/(a)|(J)/, 1]
t = s.dup
p t.slice!(/\s*<.*>/), t
t[/Smith/] = "Doe"
p t
