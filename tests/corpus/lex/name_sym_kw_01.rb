list = [:if, :end, :def, :class]
h = { :while => 1, :self => 2 }
send(:nil?)
