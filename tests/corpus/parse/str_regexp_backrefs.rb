if "hello" =~ /l(l)o/
  p $~, $1, $&, $`, $', $+
end
