x = 1
s = <<"EOS"
value #{x} \t tab
EOS
