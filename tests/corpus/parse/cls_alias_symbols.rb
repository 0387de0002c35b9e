alias :to_str :to_s
