def run(&b)
  b.call(2)
end
p run { |x| x * 3 }
