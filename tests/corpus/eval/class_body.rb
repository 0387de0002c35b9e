eval("class EvC; X = 1; def m = X; end")
p EvC.new.m
