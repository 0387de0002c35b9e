case v
in ^$expected then :g
end
