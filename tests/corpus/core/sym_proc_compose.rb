up = :upcase.to_proc
rev = :reverse.to_proc
p (up >> rev).call("abc"), (up << rev).call("abc"), [:a, :b].map(&:to_proc).map { _1.call("x") rescue :err }
p %w[b a].sort_by(&:itself), [" a ", " b"].map(&:strip).map(&:to_sym)
