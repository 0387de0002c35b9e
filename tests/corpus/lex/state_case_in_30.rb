pin = 5
case v
in 1 | 2 | 3 then :small
in Integer | Float => n then n
in nil then :none
in ^pin then :pinned
in _ then :any
end
