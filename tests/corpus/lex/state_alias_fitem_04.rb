alias a b
alias :c :d
alias $e $f
alias + -
alias [] at
