class C
  yield
end
