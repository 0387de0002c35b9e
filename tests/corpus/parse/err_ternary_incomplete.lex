[[[1, 0], :on_ident, "a", CMDARG], [[1, 1], :on_sp, " ", CMDARG], [[1, 2], :on_op, "?", BEG], [[1, 3], :on_sp, " ", BEG], [[1, 4], :on_ident, "b", ARG], [[1, 5], :on_nl, "\n", BEG]]
