handlers = {
  add: ->(a, b) { a + b },
  neg: -> x { -x },
}
