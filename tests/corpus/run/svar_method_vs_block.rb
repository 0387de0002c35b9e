def search(str)
  str =~ /fox/
  yield
  $&
end

def find
  "The quick brown fox" =~ /quick/
  x = search("lazy fox") { "abc def" =~ /def/ }
  [x, $&]
end

p find
"top" =~ /to/
p $&
