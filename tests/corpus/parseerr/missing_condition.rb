if
end
puts 1
unless
end
