$old = 5
alias $new $old
p $new
