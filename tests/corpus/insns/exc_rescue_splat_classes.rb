ERRS = [KeyError, IndexError]
begin
  [].fetch(5)
rescue *ERRS => e
  p e.class
end
