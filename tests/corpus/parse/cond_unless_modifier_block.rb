[1, 2].each { |v| p v unless v == 2 }
