[[[1, 0], :on_kw, "if", BEG], [[1, 2], :on_sp, " ", BEG], [[1, 3], :on_ident, "x", CMDARG], [[1, 4], :on_nl, "\n", BEG], [[2, 0], :on_kw, "end", END], [[2, 3], :on_nl, "\n", BEG]]
