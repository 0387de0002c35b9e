if a then b end
case x when 1 then y end
