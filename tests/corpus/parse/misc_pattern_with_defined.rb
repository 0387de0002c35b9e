r = defined?(foo) ? foo : nil
