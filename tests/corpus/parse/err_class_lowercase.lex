[[[1, 0], :on_kw, "class", CLASS], [[1, 5], :on_sp, " ", CLASS], [[1, 6], :on_ident, "foo", ARG], [[1, 9], :on_nl, "\n", BEG], [[2, 0], :on_kw, "end", END], [[2, 3], :on_nl, "\n", BEG]]
