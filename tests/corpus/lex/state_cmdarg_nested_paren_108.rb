puts foo(1) do end
puts foo 1 do end
foo bar(baz) { 1 }
