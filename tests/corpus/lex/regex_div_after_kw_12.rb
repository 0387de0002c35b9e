a = self / 2 rescue 0
b = nil /2 rescue 0
c = true / 1 rescue 0
