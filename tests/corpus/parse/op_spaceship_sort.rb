list.sort { |a, b| b <=> a }
