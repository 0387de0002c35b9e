[[[1, 0], :on_ident, "x", CMDARG], [[1, 1], :on_sp, " ", CMDARG], [[1, 2], :on_op, "=", BEG], [[1, 3], :on_sp, " ", BEG], [[1, 4], :on_backtick, "`", BEG], [[1, 5], :on_tstring_content, "ls\n", BEG]]
