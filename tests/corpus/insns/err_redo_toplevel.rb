redo
