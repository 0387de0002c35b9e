class Color
  %i[red green blue].each_with_index do |c, i|
    define_method("#{c}?") { @c == c }
    define_method("to_#{c}") { @c = c; self }
    const_set(c.upcase, i)
  end
  attr_reader :c
end
x = Color.new.to_green
p x.green?
p x.red?
p Color::BLUE
p Color.instance_methods(false).sort
