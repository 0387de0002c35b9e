result = nil
