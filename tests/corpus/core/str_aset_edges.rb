def t
  r = yield
  p r
rescue => e
  puts "#{e.class}: #{e.message}"
end
t { s = +"hello"; s[1..2] = "EL"; s }
t { s = +"hello"; s[1...1] = "X"; s }
t { s = +"hello"; s[5..] = "!"; s }
t { s = +"hello"; s[6..] = "!"; s }
t { s = +"hello"; s[-2..] = "LO"; s }
t { s = +"hello"; s[-6..] = "x"; s }
t { s = +"hello"; s[2, 10] = "y"; s }
t { s = +"hello"; s[5] = "!"; s }
t { s = +"hello"; s[-1] = "O"; s }
t { s = +"hello"; s[1, -1] = "O"; s }
t { s = +"hello"; s[/l+/] = "L"; s }
t { s = +"hello"; s[/(h)(e)/, 2] = "E"; s }
t { s = +"hello"; s[/(h)(x)?/, 2] = "E"; s }
t { s = +"hello"; s[/(h)/, 3] = "E"; s }
t { s = +"hello"; s["ll"] = "LL"; s }
t { s = +"hello"; s[1] = 1; s }
t { s = +"héllo"; s[1] = "e"; s }
t { s = +"hello"; [s.slice!(1..2), s] }
t { s = +"hello"; [s.slice!(10), s] }
t { s = +"hello"; [s.slice!(-2, 5), s] }
t { s = +"hello"; [s.slice!(/l(l)/, 1), s] }
t { s = +"hello"; [s.slice!("z"), s] }
t { "hello"[1..nil] }
t { "hello"[nil..2] }
t { "hello"[(1..)] }
t { "hello"[1.9] }
t { "hello"[1, 2.5] }
t { "hello".byteslice(-3..) }
t { s = +"abc"; s.insert(-2, "X") }
t { s = +"abc"; s.insert(4, "X") }
t { s = +"abc"; s.insert(-5, "X") }
