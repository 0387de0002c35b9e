x = 1
=begin some text after begin
body
=end trailing text
y = 2
