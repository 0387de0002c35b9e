total = sum / count
avg = total/count.to_f
ratio = 1 / 2.0
