class Kc; end
n = 4
Kc.class_eval("def four = 4")
p Kc.new.four + n
