puts "yes" if ok
x = 1 if y
return if done
