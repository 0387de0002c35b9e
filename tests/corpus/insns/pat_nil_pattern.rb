case nil
in nil then p :nil
else p :x
end
