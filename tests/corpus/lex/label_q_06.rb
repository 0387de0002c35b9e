h = { a?: 1, b!: 2 }
call(ok?: true)
