def search(expr)
  "The quick brown fox jumps over the lazy dog." =~ expr
  yield
  $~
end

"Name: Pat" =~ /Pat/
result = search(/fox/) do
  "The lazy dog" =~ /lazy/
end
p result[0]
p $&
p $~.pre_match
