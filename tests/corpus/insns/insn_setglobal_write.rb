$log = []
$log << "a"
p $log
