run(
  :a => lambda do |o|
    o + 1
  end,
  :b => lambda { |r| r.to_s },
  :c => 3,
)
