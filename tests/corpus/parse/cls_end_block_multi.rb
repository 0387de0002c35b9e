END {
  cleanup
  puts "bye"
}
