out = `ls -l`
dir = "/tmp"
files = `ls #{dir}`
`echo \` done`
