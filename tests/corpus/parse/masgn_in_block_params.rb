list.each { |(a, b)| a, b = b, a }
