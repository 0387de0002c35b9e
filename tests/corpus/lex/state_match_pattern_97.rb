case x
in {a: Integer | Float => n} then n
in [Integer, Integer] | [Float, Float] then 1
in String unless x.empty? then 2
end
