case x
in 1 then :one
in "two" then :two
in :three then :three
in nil then :none
end
