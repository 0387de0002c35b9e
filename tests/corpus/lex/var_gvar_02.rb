$counter = 0
$stdout.puts "hi"
$stderr.write $counter.to_s
$LOAD_PATH << "."
