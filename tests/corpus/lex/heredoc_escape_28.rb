s = <<EOS
tab\there \\ \u00e9 \x41
esc \#{no}
EOS
