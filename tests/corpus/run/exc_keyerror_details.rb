begin
  { a: 1 }.fetch(:missing)
rescue KeyError => e
  puts e.message
  p e.key
  p e.receiver
end
begin
  ENV.fetch("RUBYVM_SURELY_UNSET_VAR_XYZ")
rescue KeyError => e
  puts e.message
end
