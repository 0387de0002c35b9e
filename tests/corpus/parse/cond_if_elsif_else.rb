if a == 1
  :one
elsif a == 2
  :two
elsif a == 3
  :three
else
  :many
end
