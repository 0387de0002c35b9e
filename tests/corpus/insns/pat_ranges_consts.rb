case 15
in 0..9 then p :one
in 10.. then p :two_plus
end
