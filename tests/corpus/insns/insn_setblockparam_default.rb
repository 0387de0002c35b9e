def fallback(&b)
  b ||= -> { :dflt }
  b.()
end
p fallback
