alias $OUT $stdout
alias $ERR $stderr
