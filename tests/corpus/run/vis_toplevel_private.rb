def top_method = "top"
p top_method
p Object.private_method_defined?(:top_method)
begin
  "str".top_method
rescue NoMethodError => e
  puts e.message.lines.first
end
p "str".send(:top_method)
class Other
  def call_top = top_method
end
p Other.new.call_top
