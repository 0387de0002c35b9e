begin
  go
rescue => self.err
end
