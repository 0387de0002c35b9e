def name(n)
  case n
  when 1 then :one
  when 2 then :two
  else :many
  end
end
p name(2)
