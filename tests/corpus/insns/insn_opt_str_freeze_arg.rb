p "a".freeze.equal?("a".freeze)
