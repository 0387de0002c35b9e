v = rand(2)
r = if v == 0 then :zero else :one end
p r
