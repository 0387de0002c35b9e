@a
@@b
$c
