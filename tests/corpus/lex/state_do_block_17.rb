foo do
end
foo 1 do end
foo(1) do end
foo.bar do |x| end
