[[[1, 0], :on_comment, "#!/usr/bin/ruby -w\n", BEG], [[2, 0], :on_ident, "p", CMDARG], [[2, 1], :on_sp, " ", CMDARG], [[2, 2], :on_int, "1", END], [[2, 3], :on_nl, "\n", BEG]]
