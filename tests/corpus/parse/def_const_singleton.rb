def String.blank?(s) = s.strip.empty?
