if a then b end
if (a) then b end
x = if a then b else c end
y = (if a then b end)
