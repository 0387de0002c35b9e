def m(s) = /#{s}/o
p m("a"), m("b")
