$stdout.puts "hi"
