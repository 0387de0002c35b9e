def run_proc
  pr = Proc.new { return :from_proc }
  pr.call
  :after_proc
end
def run_lambda
  l = -> { return :from_lambda }
  v = l.call
  [:after_lambda, v]
end
p run_proc
p run_lambda
def each_return
  [1, 2, 3].each { |x| return x * 7 if x == 2 }
  :none
end
p each_return
