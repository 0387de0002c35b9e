begin
  work
rescue TypeError, NameError => err
  log err
rescue IOError
  retry_later
end
