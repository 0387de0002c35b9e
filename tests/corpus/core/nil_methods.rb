p nil.to_a, nil.to_s, nil.to_i, nil.to_f, nil.to_r, nil.to_c, nil.to_h, nil.inspect, nil.class, nil.nil?
p nil & true, nil | false, nil | 1, nil ^ nil, nil ^ 1, nil.to_s.empty?, nil.instance_of?(NilClass)
p nil == false, nil.eql?(nil), nil.hash == nil.hash, nil.frozen?, nil.dup, nil.itself, nil =~ /x/
puts nil.to_s.size, [nil].to_s, "#{nil}|"
