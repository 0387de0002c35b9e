if h in {status: :ok}
  puts "ok"
end
