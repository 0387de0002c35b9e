[[[1, 0], :on_comment, "# nothing here\n", BEG]]
