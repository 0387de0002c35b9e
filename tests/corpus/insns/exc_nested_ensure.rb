begin
  begin
    p :a
  ensure
    p :b
  end
ensure
  p :c
end
