x = 1
=begin
never ended
