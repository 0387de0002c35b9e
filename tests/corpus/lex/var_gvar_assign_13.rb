$; = ","
$0 = "prog"
$stdout = STDERR
$, , $/ = 1, 2
