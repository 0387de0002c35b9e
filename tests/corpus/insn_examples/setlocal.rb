seen = nil
[1].each { [2].each { |n| seen = n } }
