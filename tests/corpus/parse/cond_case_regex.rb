case line
when /^a/ then 1
when /^b/i then 2
end
