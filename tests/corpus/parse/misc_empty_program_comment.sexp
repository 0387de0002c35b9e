[:program, [[:void_stmt]]]
