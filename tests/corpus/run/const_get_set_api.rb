module Colors; end
Colors.const_set(:RED, "#f00")
Colors.const_set("GREEN", "#0f0")
p Colors.constants.sort
p Colors::RED
p Colors.const_get(:GREEN)
p Object.const_get("Colors::RED")
p Colors.const_defined?(:BLUE)
begin
  Colors.const_set(:bad, 1)
rescue NameError => e
  puts e.message.lines.first
end
