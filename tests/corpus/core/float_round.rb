p 2.5.round, 3.5.round, -2.5.round, 0.5.round, 1.5.round, -0.5.round
p 2.5.round(half: :even), 3.5.round(half: :even), 2.5.round(half: :down), 2.5.round(half: :up), -2.5.round(half: :even)
p 3.14159.round(2), 3.14159.round(0), 3.14159.round(-1), 1234.5678.round(-2), 1.005.round(2), 2.675.round(2)
p 0.125.round(2, half: :even), 0.375.round(2, half: :even), 0.125.round(2, half: :down), 0.125.round(2)
p 12.5.round(-1), 15.0.round(-1), 25.0.round(-1, half: :even), 1e20.round(2), 1.5.round(400)
p 3.7.round.class, 3.7.round(1).class, 3.0.round(-1).class
