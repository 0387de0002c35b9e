[[[1, 0], :on_kw, "begin", BEG], [[1, 5], :on_ignored_nl, "\n", BEG], [[2, 0], :on_kw, "rescue", MID], [[2, 6], :on_nl, "\n", BEG], [[3, 0], :on_kw, "end", END], [[3, 3], :on_nl, "\n", BEG]]
