p "hi".center(10), "hi".center(9, "*"), "hi".center(10, "<>"), "hi".center(1), "hi".center(7, "123")
p "hi".ljust(6, "."), "hi".rjust(6, "."), "hi".ljust(7, "ab"), "hi".rjust(7, "ab"), "hello".rjust(3)
p "日本".center(6, "*"), "é".ljust(3, "-"), "x".rjust(5, "é")
begin
  "x".center(5, "")
rescue ArgumentError => e
  p e.message
end
%w[apple fig banana].each { |w| puts "|#{w.ljust(8)}|#{w.rjust(8)}|#{w.center(8, "-")}|" }
