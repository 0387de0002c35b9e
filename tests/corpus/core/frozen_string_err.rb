GREETING = "hello".freeze
msg = GREETING
msg << " world"
