list.sort_by(&->(x) { -x })
run(-> { 1 }, -> { 2 })
