ERRS = [ArgumentError, TypeError]
begin
  raise TypeError, "tt"
rescue *ERRS => e
  p [:splat_rescue, e.class]
end
handler = Class.new(StandardError)
begin
  raise handler, "anon"
rescue handler => e
  p e.message
end
matcher = Module.new { def self.===(e) = e.message.start_with?("match") }
begin
  raise "match me"
rescue matcher => e
  p [:custom_matcher, e.message]
end
