h = {}
10.times { |i| h["key_number_#{i}"] = "value_number_#{i}" }
pp h
a = (1..40).to_a
pp a
pp [a.map(&:to_s)]
