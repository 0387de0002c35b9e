message = "hi"
[1].each { [2].each { puts message } }
