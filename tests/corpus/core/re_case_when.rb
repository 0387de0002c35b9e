def classify(s)
  case s
  when /\A\d+\z/ then "integer #{$~[0]}"
  when /\A\d+\.\d+\z/ then "float"
  when /\A(?<w>[a-z]+)\z/i then "word #{$~[:w]}"
  else "other"
  end
end
p %w[42 3.14 Hello x-y].map { classify(_1) }
p /\d/ === "a1", /\d/ === "ab", /\d/ === 5 rescue p $!
p %w[apple banana cherry].grep(/an/), %w[apple banana cherry].grep_v(/an/), %w[a1 b2].grep(/(\w)(\d)/) { $2 + $1 }
