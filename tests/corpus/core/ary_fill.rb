p Array.new(2).fill(:x), [1, 2, 3].fill(0, 5, 1) rescue p $!.class
p Array.new(3).fill(0), [1, 2, 3].fill(9, 1), [1, 2, 3].fill(9, 1, 1), [1, 2, 3, 4].fill(0, 1..2), [1, 2].fill { _1 * 10 }, [1, 2, 3].fill(-2) { :x }
p [1, 2].fill(7, 4), [].fill(1), [1, 2, 3].fill(:z, -1)
