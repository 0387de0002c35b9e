require "ripper"
p Ripper.lex("a = 1")
p Ripper.tokenize("x.y")
p Ripper.tokenize("def f(a) = a + 1")
p Ripper.lex("puts 'hi' # c").map { _1[1] }
