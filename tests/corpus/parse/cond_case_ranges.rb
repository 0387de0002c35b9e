case score
when 90.. then "A"
when 80...90 then "B"
when ..79 then "C"
end
