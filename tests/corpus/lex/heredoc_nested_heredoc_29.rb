s = <<A
outer #{<<B}
inner
B
outer end
A
