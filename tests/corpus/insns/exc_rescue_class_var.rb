begin
  Integer("z")
rescue ArgumentError => err
  p err.class
end
