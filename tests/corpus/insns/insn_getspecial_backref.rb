if "hello world" =~ /o (w)/
  p $~, $&, $1, $`, $'
end
