p __FILE__
p __LINE__
p __method__
p __dir__.nil?
