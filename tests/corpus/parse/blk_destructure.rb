pairs.each_with_index { |(k, v), i| p k, v, i }
