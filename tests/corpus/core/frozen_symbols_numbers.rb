p :a.frozen?, 42.frozen?, 4.2.frozen?, (2**80).frozen?, nil.frozen?, true.frozen?, "#{:a}".frozen?, :a.to_s.frozen?
begin
  :sym.instance_variable_set(:@x, 1)
rescue => e
  p e.class, e.message
end
begin
  1.instance_variable_set(:@x, 1)
rescue => e
  p e.class, e.message
end
