def memo
  cache = {}
  lambda do |n|
    cache[n] ||= begin
      puts "computing #{n}"
      n * n
    end
  end
end

sq = memo
p sq.call(4)
p sq.call(4)
p sq.call(5)
p sq.call(5)
