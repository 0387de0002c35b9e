def hello
  "hello"
end
