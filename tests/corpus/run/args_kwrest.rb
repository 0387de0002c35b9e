def tag(name, **attrs)
  attrs.empty? ? "<#{name}>" : "<#{name} " + attrs.map { |k, v| "#{k}=\"#{v}\"" }.join(" ") + ">"
end

puts tag("br")
puts tag("a", href: "/x")
puts tag("img", src: "a.png", alt: "pic")
def only_kw(**kw) = kw
p only_kw
p only_kw(a: 1, "b": 2)
p only_kw("str" => 3)
