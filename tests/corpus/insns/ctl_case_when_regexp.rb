case "hello"
when /^h/ then p $~[0]
end
