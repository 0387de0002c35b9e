@target = 3
case v
in ^@target then :hit
end
