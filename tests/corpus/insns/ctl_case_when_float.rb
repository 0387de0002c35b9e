case 2.0
when 1.0 then p :one
when 2.0 then p :two
end
