NAMES = %w[a b].freeze
p NAMES.frozen?
begin
  NAMES << "c"
rescue => e
  p e.class
  puts e.message
end
p NAMES
