a = <<END_OF_TEXT
text
END_OF_TEXT
b = <<-"with space"
x
    with space
