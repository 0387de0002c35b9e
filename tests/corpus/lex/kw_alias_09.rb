alias new_name old_name
alias :sym_new :sym_old
alias $NEW $OLD
alias to_str to_s
