[[[1, 0], :on_op, "!", BEG], [[1, 1], :on_kw, "defined?", ARG], [[1, 9], :on_lparen, "(", BEG|LABEL], [[1, 10], :on_ident, "x", ARG], [[1, 11], :on_rparen, ")", ENDFN], [[1, 12], :on_nl, "\n", BEG]]
