foo (1) { }
foo (1) do end
bar(2) { }
