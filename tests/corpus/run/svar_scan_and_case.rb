words = []
"one two three".scan(/\w+/) { words << $& }
p words
case "hello123"
when /(\d+)/
  p $1
end
p $~.begin(0)
p "a-b-c".split(/-/)
p $~ && $~[0]
