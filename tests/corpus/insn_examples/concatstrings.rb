name = "Ruby"
"Hello, #{name}!"
