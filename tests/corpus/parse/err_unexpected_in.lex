[[[1, 0], :on_kw, "in", BEG], [[1, 2], :on_sp, " ", BEG], [[1, 3], :on_int, "1", END], [[1, 4], :on_nl, "\n", BEG]]
