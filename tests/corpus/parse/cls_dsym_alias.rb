alias :"quoted name" :plain
