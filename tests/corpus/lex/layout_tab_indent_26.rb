def f
	if x
		y
	end
end