x = 1
=begin
abc
