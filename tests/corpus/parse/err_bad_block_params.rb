foo { |a b| }
