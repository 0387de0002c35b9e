s = "abc"
s.sub(/b/) { $&.upcase }
x = $~ && $~[0]
y = $1 ? $1 : $'
