opt "x", :alias => "P", :type => :string
opt :end, :class, :def => 1, :if => 2, :do => 3
x = { begin: 1, end: 2 }
p x
