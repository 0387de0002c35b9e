case x
in [:ok, result]
  result
in [:error, msg]
  raise msg
end
