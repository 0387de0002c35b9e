s = "Hello Мир 世界 123 ١٢٣ !?"
p s.scan(/\p{Latin}+/), s.scan(/\p{Cyrillic}+/), s.scan(/\p{Han}+/), s.scan(/\p{Nd}+/), s.scan(/\p{P}/)
p s.scan(/\p{Upper}/), s.scan(/\p{^L}/).uniq.size, s =~ /\p{Arabic}/, s.scan(/\d+/), s.scan(/[[:digit:]]+/)
