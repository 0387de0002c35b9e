a = %w(one two
three
