outer = :o
1.times do
  1.times do
    1.times do
      1.times { p outer }
    end
  end
end
