[[[1, 0], :on_ident, "puts", CMDARG], [[1, 4], :on_sp, " ", CMDARG], [[1, 5], :on_int, "2", END], [[1, 6], :on_op, "+", BEG], [[1, 7], :on_int, "2", END], [[1, 8], :on_nl, "\n", BEG]]
