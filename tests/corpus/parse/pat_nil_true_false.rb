case v
in true then 1
in false then 0
in nil then -1
end
