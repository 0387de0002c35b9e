unless x then y end
