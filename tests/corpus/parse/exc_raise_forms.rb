raise
raise "message"
raise ArgumentError
raise ArgumentError, "bad"
raise TypeError.new("x"), "y", caller
