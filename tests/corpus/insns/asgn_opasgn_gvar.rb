$g = 1
$g += 1
$h ||= :h
p $g, $h
