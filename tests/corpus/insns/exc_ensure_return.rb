def f
  return :body
ensure
  p :ensure
end
p f
