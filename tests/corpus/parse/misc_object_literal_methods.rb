[1, 2].sum
{a: 1}.keys
"s".size
:s.to_proc
(1..2).to_a
