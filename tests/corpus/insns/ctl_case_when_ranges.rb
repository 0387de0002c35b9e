age = 20
r = case age
    when 0..12 then :child
    when 13..19 then :teen
    else :adult
    end
p r
