[[1, 2, 3]].each { |a, *rest| p rest }
