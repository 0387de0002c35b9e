p gets
p $stdin.read
p gets
p $_
p STDIN.eof?
