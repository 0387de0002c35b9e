s = "abc #{ def"
