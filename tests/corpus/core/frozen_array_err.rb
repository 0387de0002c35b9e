list = [3, 1, 2].freeze
p list.sort
list.sort!
