@name = "x"
$count = 0
@@total = 10
