a = [1, 3, 5, 7, 9, 11]
p a.bsearch { |x| x >= 4 }, a.bsearch { |x| x >= 100 }, a.bsearch { |x| x >= 0 }, a.bsearch_index { |x| x >= 7 }
p a.bsearch { |x| 7 <=> x }, a.bsearch { |x| 4 <=> x }, [].bsearch { true }
p (1..100).bsearch { |x| x * x >= 50 }, (0.0..10.0).bsearch { |x| x * x >= 2 }.round(6)
p a.bsearch { |x| x > 5 ? true : false }
