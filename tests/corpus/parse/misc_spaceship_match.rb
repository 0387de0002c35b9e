a <=> b
a =~ /x/
a !~ /y/
a === b
