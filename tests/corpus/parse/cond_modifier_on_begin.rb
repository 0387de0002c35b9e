begin
  step
end if go
