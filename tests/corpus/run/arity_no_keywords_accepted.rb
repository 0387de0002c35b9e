def nokw(a, **nil) = a

p nokw(1)
begin
  nokw(1, b: 2)
rescue ArgumentError => e
  puts e.message
end
p nokw({ b: 2 })
def plain(a) = a
p plain(b: 2)
