foo (a) do end
foo (a), b do end
foo a, (b) do end
