if ready
  go
end
