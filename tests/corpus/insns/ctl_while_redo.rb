i = 0
done = false
while i < 2
  i += 1
  unless done
    done = true
    redo
  end
end
p i
