r = 7/4r
p r.numerator, r.denominator, r.to_i, r.to_f, r.to_s, r.floor, r.ceil, r.round, r.truncate
p (-7/4r).floor, (-7/4r).ceil, (-7/4r).round, (5/2r).round, (5/2r).round(half: :even), (-5/2r).round
p (22/7r).round(2), (22/7r).floor(1), (22/7r).ceil(3), (1234/1r).round(-2)
p r.zero?, r.positive?, r.negative?, r.integer?, r.rationalize(1/10r), r.to_r
p (1/3r).to_f.round(5), 3.14.to_r, 3.14.rationalize(1/100r)
