p "tab\tnew\n", 'single\n', "\u00e9", "\x41"
