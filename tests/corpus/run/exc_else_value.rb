def v(flag)
  begin
    raise "x" if flag
    :body
  rescue
    :rescue
  else
    :else
  ensure
    :ensure_ignored
  end
end
p v(true)
p v(false)
x = begin
  1 / 0
rescue ZeroDivisionError
  :div
end
p x
