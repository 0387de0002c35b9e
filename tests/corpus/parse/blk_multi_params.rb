h.each { |k, v| puts k, v }
