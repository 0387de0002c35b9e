for j in [7, 8]
end
p j
