def inner_match
  "zzz" =~ /z+/
  $&
end

"outer text" =~ /outer/
p inner_match
p $&
"again" =~ /(a)(g)/
p $2
inner_match
p $2
