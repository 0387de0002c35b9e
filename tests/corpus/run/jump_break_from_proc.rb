def caller_of(pr) = pr.call
pr = proc { break :x }
begin
  caller_of(pr)
rescue LocalJumpError => e
  puts e.message
  p e.reason
end
l = lambda { break :lambda_break }
p l.call
