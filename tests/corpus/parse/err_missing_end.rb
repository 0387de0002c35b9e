def foo
  puts 1
