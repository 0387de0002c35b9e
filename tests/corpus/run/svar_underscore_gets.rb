$_ = "preset line"
p $_
def set_underscore
  $_ = "method value"
  $_
end
p set_underscore
p $_
[1].each { $_ = "block value" }
p $_
