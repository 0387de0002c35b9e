[[[1, 0], :on_ident, "puts", CMDARG], [[1, 4], :on_sp, " ", CMDARG], [[1, 5], :on_int, "1", END], [[1, 6], :on_nl, "\n", BEG], [[2, 0], :on_kw, "end", END], [[2, 3], :on_ignored_nl, "\n", BEG]]
