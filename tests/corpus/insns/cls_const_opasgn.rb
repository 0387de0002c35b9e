module Tally
  COUNT = 1
end
Tally::COUNT += 1
p Tally::COUNT
C1 ||= 5
p C1
