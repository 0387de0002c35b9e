p nil.nil?, false.nil?, 0.nil?, "".nil?, [].nil?
x = nil
p x.nil? ? "is nil" : "not"
p [1, nil, 2, nil].reject(&:nil?)
p [nil, false].map(&:nil?)
p NilClass, nil.class
p !nil, !!nil, nil & true, nil | 1
