r = catch(:ok) do
  begin
    throw :ok, :thrown
  rescue StandardError
    :rescued
  end
end
p r
r2 = catch(:ok) do
  begin
    throw :ok, :thrown2
  rescue Exception => e
    [:rescued_exception, e.class]
  end
end
p r2
