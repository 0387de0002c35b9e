[[[1, 0], :on_ident, "p", CMDARG], [[1, 1], :on_sp, " ", CMDARG], [[1, 2], :on_int, "1", END], [[1, 3], :on_nl, "\r\n", BEG], [[2, 0], :on___end__, "__END__\r\n", BEG]]
