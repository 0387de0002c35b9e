case s
when "a#{x}" then 1
when :"b#{y}" then 2
end
