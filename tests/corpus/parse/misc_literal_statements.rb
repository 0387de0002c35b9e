1
"s"
:sym
[]
{}
