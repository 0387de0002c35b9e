s = "# not a comment"
r = /#not/
t = '#'  # but this is
