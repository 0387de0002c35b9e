return
break
next
x = 1
