x = []
x << <<EOS
pushed
EOS
y = 1 <<2
