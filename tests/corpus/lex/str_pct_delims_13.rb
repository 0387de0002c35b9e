a = %q/slashes/
b = %Q!bang #{1}!
c = %w/a b/
d = %i!e f!
e = %^caret^
