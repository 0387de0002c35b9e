p "ruby.rb".end_with?(".rb"), "ruby.rb".end_with?(".py", ".rb"), "ruby".start_with?("r", "x"), "".start_with?("a")
p "hello".start_with?(/h[aeiou]/), $~ && $~[0], "héllo".start_with?("hé"), "héllo".end_with?("llo")
p "hello".delete_prefix("he").delete_suffix("lo"), "hello".delete_prefix("x"), "aaa".delete_suffix("a")
