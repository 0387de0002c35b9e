foo({a: 1})
foo({})
