data.each { |(a, (b, c))| p c }
