case h
in {"str": v}
  v
in {sym: nil}
end
