@ivar = 1
@@cvar = 2 rescue nil
$gvar = 3
puts "#@ivar #@@cvar #$gvar"
