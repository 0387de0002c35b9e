v = 1.5
case v
when Integer then p :int
when Float, Rational then p :num
end
