who = `whoami`
files = `ls #{dir} | wc -l`
%x{echo #{1 + 1}}
