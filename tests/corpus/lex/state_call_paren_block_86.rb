a.b { |x| x }.c { |y| y }
a.b(1) do end.c
