[[[1, 0], :on_ident, "foo", CMDARG], [[1, 3], :on_sp, " ", CMDARG], [[1, 4], :on_sp, "\\\n", CMDARG]]
