case 3
when 1 then :one
when 2, then :two
else :many
end
puts :after
