p $-w, $-v, $-i
p $-0, $-a, $-d
$VERBOSE = $-w
