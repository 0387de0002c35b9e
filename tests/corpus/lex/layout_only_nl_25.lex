[[[1, 0], :on_ignored_nl, "\n", BEG], [[2, 0], :on_ignored_nl, "\n", BEG]]
