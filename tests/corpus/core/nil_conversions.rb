p nil.to_a.size, nil.to_s.length, nil.inspect.length
p Array(nil), String(nil), Integer(nil, exception: false), nil.to_a.frozen?, [nil, 1].compact, [nil].flatten, nil.to_h
p "#{nil}".encoding, nil.inspect.encoding, nil.to_a.equal?(nil.to_a), NilClass.instance_methods(false).sort.first(8)
