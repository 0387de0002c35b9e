class Thing < Struct.new(:a, :b)
end
