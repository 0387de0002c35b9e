s = "one two three two one"
p s.match(/two/).begin(0), s.match(/two/, 5).begin(0), s.match(/two/, 15), s.index(/two/, 5), s =~ /t\w+e/
pos = 0
found = []
while (m = s.match(/\w+/, pos))
  found << [m[0], m.begin(0)]
  pos = m.end(0)
end
p found
p s.enum_for(:scan, /o/).map { Regexp.last_match.begin(0) }
