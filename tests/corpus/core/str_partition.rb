p "hello world foo".partition(" "), "hello world foo".rpartition(" "), "hello".partition("x"), "hello".rpartition("x")
p "a=1=2".partition("="), "a=1=2".rpartition("="), "abc123def".partition(/\d+/), "abc123def456".rpartition(/\d+/)
p "".partition("a"), "a".partition("")
