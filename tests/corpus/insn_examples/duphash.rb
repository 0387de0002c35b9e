{lang: :ruby, year: 1995}
