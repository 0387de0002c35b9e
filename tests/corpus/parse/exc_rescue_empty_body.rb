begin
rescue
end
