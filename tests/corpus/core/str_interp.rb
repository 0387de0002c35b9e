x = 5
p "x=#{x}", "#{x + 1}#{x * 2}", "#{}", "#{nil}", "#{[1, nil]}", "#{{a: 1}}", "#{:s}", "#{1.0}"
@i = "ivar"
$g = "gvar"
p "#@i #$g", "a#{"nested #{"deep"}"}b"
class T; def to_s = "T!"; end
p "#{T.new}"
p "#{1}#{2}".frozen?, "pre#{x}" "post"
