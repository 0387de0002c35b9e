if x
end
