alias_method :a, :b
alias :a? :b?
alias :c= :d=
alias :[] :fetch
undef :e!, :f?
