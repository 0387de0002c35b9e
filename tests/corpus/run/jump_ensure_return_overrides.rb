def f
  begin
    return :body
  ensure
    return :ensure
  end
end
p f
def g
  raise "lost"
ensure
  return :swallowed
end
p g
def h
  yield
ensure
  puts "h ensure"
end
[1].each { h { break } }
p :after
