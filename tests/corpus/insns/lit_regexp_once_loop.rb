3.times { |i| p(/v#{i}/o.source) }
