unless done
  work
  more_work
end
