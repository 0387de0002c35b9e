[[[1, 0], :on_int, "1", END], [[1, 1], :on_sp, " ", END], [[1, 2], :on_op, "+", BEG], [[1, 3], :on_ignored_nl, "\n", BEG]]
