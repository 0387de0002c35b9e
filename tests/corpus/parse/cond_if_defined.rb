puts "defined" if defined?(foo)
