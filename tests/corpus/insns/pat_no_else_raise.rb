begin
  case 99
  in 1 then :one
  end
rescue NoMatchingPatternError => e
  p e.class
end
