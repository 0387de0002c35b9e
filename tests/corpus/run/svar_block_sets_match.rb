def test
  "The quick brown fox".match(/quick/)
  [1].each do
    "The lazy dog" =~ /lazy/
  end
  $&
end

p test
p $~.nil?
def other
  $~
end
"hello" =~ /ll/
p other
p $~[0]
