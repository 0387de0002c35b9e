x = list.empty? ? [] : list.map { |e| e * 2 }
