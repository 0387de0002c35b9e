def run
  str = "The quick brown fox"
  lam = lambda do
    puts str
  end
  str = "The sly brown fox"
  lam
end

run.call
i = 0
show = -> { "i is #{i}" }
i = 99
puts show.call
