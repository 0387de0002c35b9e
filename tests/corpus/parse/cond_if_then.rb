if x then y else z end
