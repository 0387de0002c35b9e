def show
  puts <<-EOS
    indented body
    EOS
end
