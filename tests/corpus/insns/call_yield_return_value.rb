def mapper = yield(2) * 3
p mapper { |x| x + 1 }
