o = Object.new
%w[a b c].each_with_index { |n, i| o.instance_variable_set("@#{n}", i * 10) }
p o.instance_variables
p o.instance_variables.map { |iv| o.instance_variable_get(iv) }
begin
  o.instance_variable_get("bad")
rescue NameError => e
  puts e.message.lines.first
end
