def display_message
  str = "The quick brown fox"
  10.times do |i|
    puts "#{i}: #{str}" if i < 3
  end
  str2 = str.sub("quick", "slow")
  puts str2
end
display_message
