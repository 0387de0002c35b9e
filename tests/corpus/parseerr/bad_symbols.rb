x = :
y = :"a" b
