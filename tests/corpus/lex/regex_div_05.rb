if /^a/ =~ s then 1 end
when_re = /x/ if s
s.split(/,\s*/)
s.gsub /a/, "b"
