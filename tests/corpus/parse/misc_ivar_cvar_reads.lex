[[[1, 0], :on_ivar, "@a", END], [[1, 2], :on_nl, "\n", BEG], [[2, 0], :on_cvar, "@@b", END], [[2, 3], :on_nl, "\n", BEG], [[3, 0], :on_gvar, "$c", END], [[3, 2], :on_nl, "\n", BEG]]
