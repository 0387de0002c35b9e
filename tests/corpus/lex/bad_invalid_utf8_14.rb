# comment Ã( bad
x = 1
