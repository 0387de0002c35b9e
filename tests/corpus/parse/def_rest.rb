def log(level, *messages)
  messages.each { |m| puts m }
end
