i = 0
p eval("while true; i += 1; break i * 2 if i > 3; end")
