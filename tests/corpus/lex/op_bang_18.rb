!x
!x.nil?
not x
a = !b && !c
!(d)
