require "ripper"
p Ripper.sexp("2 + 2")
p Ripper.sexp("x = [1, :a]")
p Ripper.sexp_raw("foo(1)")
p Ripper.sexp("def (")
