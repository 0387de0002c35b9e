def make_proc = Proc.new { return 1 }
pr = make_proc
begin
  pr.call
rescue LocalJumpError => e
  puts e.message
  p e.reason
  p e.exit_value
end
