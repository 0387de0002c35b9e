i = 0
i = i.succ while i < 3
p i
