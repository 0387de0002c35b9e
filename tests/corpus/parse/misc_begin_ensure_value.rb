x = begin
  compute
ensure
  log
end
