a.b
 .c
 &.d
 .e do |x|
   x
 end
 .f
