[[[1, 0], :on_comment, "# one\n", BEG], [[2, 0], :on_comment, "# two\n", BEG], [[3, 0], :on_ignored_nl, "\n", BEG], [[4, 0], :on_comment, "# three\n", BEG]]
