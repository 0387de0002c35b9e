self
nil
true
false
