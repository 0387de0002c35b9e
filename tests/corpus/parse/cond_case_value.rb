kind = case t
       when :a then 1
       else 0
       end
