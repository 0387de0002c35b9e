r = nil
unless [1].include? 2 then
  r = [3].select do |n|
    n > 1
  end
end
p r
