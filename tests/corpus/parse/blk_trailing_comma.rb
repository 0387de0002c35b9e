pairs.each { |a,| p a }
