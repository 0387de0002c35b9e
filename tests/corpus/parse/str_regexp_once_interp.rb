def matcher(s) = /#{s}|#{s.upcase}/o
