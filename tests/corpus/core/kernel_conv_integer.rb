p Integer("42"), Integer("-17"), Integer("0x1A"), Integer("0b101"), Integer("0o17"), Integer("017")
p Integer("  12  "), Integer("1_000")
p Integer(3.99), Integer(-3.99)
p Integer("ff", 16), Integer("z", 36), Integer("11", 2)
p Integer(nil, exception: false)
p Integer("abc", exception: false)
["abc", "1.5", "", "1__0", "0x"].each do |s|
  begin
    Integer(s)
  rescue ArgumentError => e
    p e.message
  end
end
begin
  Integer(nil)
rescue TypeError => e
  p e.message
end
