foo { |a, **nil| a }
