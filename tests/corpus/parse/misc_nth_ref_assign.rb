$1
$~ = nil
