case { x: 1 }
in { x: Integer => v } then p v
else p :no
end
