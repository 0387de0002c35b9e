begin
  open_it
ensure
  close_it
end
