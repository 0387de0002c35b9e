def m(a:, b: 1, c: -1, d: [1], e: {})
end
def n(if:, end: 2)
end
