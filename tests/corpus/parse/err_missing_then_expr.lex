[[[1, 0], :on_kw, "if", BEG], [[1, 2], :on_ignored_nl, "\n", BEG], [[2, 0], :on_kw, "end", END], [[2, 3], :on_nl, "\n", BEG]]
