begin
  eval("x = 1\nraise 'eval boom'", nil, "virtual.rb", 10)
rescue => e
  p e.message
  p e.backtrace.first
end
p eval("__FILE__", nil, "name.rb")
p eval("__LINE__", nil, "name.rb", 77)
p binding.eval("__LINE__")
