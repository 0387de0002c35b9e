a = %w(  lead  trail  )
b = %w(
  multi
  line
)
c = %w(esc\ aped sp)
d = %w()
