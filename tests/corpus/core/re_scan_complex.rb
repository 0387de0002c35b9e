log = "2023-01-01 ERROR disk full\n2023-01-02 INFO ok\n2023-01-03 ERROR cpu hot"
p log.scan(/^(\S+) ERROR (.*)$/), log.lines.grep(/INFO/), log.scan(/\d{4}-\d\d-(\d\d)/).flatten.map(&:to_i)
errors = log.each_line.filter_map { |l| l[/ERROR (.*)/, 1] }
p errors
p log.gsub(/\d{4}-(\d\d)-(\d\d)/) { "#{$2}/#{$1}" }.lines.first
p "a1b2c3".gsub(/(?<l>[a-z])(?<d>\d)/, '\k<d>\k<l>'), "John".gsub(/(?<first>J)/) { $~[:first].downcase }
