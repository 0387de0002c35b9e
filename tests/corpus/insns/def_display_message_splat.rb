def display_message(*args)
  puts args.join(" ")
end
display_message("hello", "world")
