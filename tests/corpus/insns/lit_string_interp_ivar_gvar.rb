@i = 1
$g = 2
p "#@i and #$g"
