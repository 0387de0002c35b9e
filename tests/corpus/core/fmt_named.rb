p format("%<a>d + %<b>d", a: 1, b: 2)
p format("%<x>.2f|%<x>08.3f", x: 3.14159)
p format("%{name} is %{age}", name: "Bob", age: 30)
p format("%-10<s>s|", s: "hi")
p format("%{a}-%<a>5s|", a: "z")
p "%{x}" % {x: [1, 2]}
p "%<n>+d" % {n: 5}
begin
  format("%<missing>s", other: 1)
rescue KeyError => e
  p e.message
end
h = Hash.new { |_, k| "dflt_#{k}" }
p format("%{foo}", h)
