def twice
  yield 1
  yield 2
end
twice { |v| p v }
