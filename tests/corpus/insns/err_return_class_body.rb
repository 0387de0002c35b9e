class C
  return
end
