r = catch(:done) do
  begin
    begin
      throw :done, :value
    ensure
      puts "inner ensure"
    end
  ensure
    puts "outer ensure"
  end
  :not_reached
end
p r
