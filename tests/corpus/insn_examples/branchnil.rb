user = nil
user&.name
