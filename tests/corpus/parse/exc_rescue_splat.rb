ERRS = [IOError, SystemCallError]
begin
  read
rescue *ERRS => e
  p e
rescue ArgumentError, *OTHER
  nil
end
