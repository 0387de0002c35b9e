a = :if
b = :class
c = :nil?
d = :BEGIN
