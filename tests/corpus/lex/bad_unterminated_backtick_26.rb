x = `ls
