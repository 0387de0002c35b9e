def show
  <<~EOS
    first
      second
    third
  EOS
end
