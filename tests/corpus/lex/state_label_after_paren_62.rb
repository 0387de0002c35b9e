foo(a:1)
foo(a:b)
foo a:b
{a:b}
