msg = "bye"
END { puts msg }
at_exit { puts "at" }
