a = 1
case 3
in ^(a + 2) then p :ok
else p :ng
end
