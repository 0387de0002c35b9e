p(/x/, 1)
call a, /y/
x = y ? /a/ : /b/
z = !/c/
