out = `ls -l`
dir = `echo #{path}`
x = %x(date)
