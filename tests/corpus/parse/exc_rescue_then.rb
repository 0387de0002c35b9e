begin
  a
rescue Foo then b
rescue Bar => e then c
end
