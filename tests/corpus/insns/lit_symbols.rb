p :a, :"quoted sym", :+, :[]=, :a?
