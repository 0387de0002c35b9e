["a{2,1}", "\\", "(?<1a>x)", "[b-a]", "x++++", "(?z)", "[[:foo:]]", "\\p{Foo}", "a)", "(", "[", "*a", "a{1", "(?<n>a)\\k<m>", "\\1", "(a)\\2", "[]", "a|*"].each do |s|
  begin
    r = Regexp.new(s)
    puts "ok #{r.inspect}"
  rescue RegexpError => e
    puts "#{e.class}: #{e.message}"
  end
end
