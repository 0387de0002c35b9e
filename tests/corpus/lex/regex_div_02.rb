foo /x/
foo / x
foo/x
(/re/)
[/a/, /b/]
