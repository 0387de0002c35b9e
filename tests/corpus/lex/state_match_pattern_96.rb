case x
in [1, *]
in [*, 2, *]
in {}
in []
in Foo(a:)
in Bar[b]
end
