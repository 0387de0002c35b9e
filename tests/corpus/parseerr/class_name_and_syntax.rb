class foo
end
x = (1 2)
