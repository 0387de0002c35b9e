Integer === x
/a/ === s
