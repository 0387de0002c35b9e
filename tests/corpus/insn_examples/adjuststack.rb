cache = {}
cache[:key] ||= 1
puts cache
