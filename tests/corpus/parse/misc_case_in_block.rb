results.map do |r|
  case r
  in [:ok, v] then v
  in [:err, _] then nil
  end
end
