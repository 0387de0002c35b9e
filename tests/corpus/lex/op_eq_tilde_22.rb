x=~y
a =~b
if line =~ /^#/ then next end
