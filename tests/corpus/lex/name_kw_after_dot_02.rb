foo.while(1)
foo.unless { 2 }
foo.begin.rescue
bar.yield
bar.return 3
