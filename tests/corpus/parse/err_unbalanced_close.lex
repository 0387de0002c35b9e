[[[1, 0], :on_ident, "foo", CMDARG], [[1, 3], :on_sp, " ", CMDARG], [[1, 4], :on_int, "1", END], [[1, 5], :on_rparen, ")", ENDFN], [[1, 6], :on_ignored_nl, "\n", BEG]]
