case age
in 0..12 then :child
in 13...20 then :teen
in 20.. then :adult
in ..-1 then :invalid
end
