log = []
catch(:t) do
  begin
    log << :body
    throw :t
  ensure
    log << :ensure1
  end
end
log << :after
p log
