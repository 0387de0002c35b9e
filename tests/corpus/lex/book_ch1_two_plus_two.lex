[[[1, 0], :on_int, "2", END], [[1, 1], :on_sp, " ", END], [[1, 2], :on_op, "+", BEG], [[1, 3], :on_sp, " ", BEG], [[1, 4], :on_int, "2", END], [[1, 5], :on_nl, "\n", BEG]]
