a.b ||= c
a.b &&= d
a.b += 1
