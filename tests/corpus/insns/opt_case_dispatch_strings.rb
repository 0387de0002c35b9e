def tok(s)
  case s
  when "+" then :plus
  when "-" then :minus
  when "*" then :star
  else :other
  end
end
p tok("-")
