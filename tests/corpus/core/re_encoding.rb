p /abc/.encoding, /é/.encoding, /abc/n.encoding, Regexp.new("é").encoding, "é".b =~ /\xC3/n rescue p $!
p "日本語" =~ /本/, "日本語".index(/語/), "日本語".bytesize
p "日本語".match(/本/).begin(0), "日本語".match(/本/).offset(0)
