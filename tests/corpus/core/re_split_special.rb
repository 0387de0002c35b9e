p "a1b2c3".split(/\d/), "a1b2c3".split(/(\d)/), "abc".split(/b/), "abc".split(/(b)/), "aXbXc".split(/x/i, 2)
p "one, two,three".split(/,\s*/), "camelCaseString".split(/(?=[A-Z])/), "a  b".split(/(\s)/), "".split(/x/), "abc".split(/(?:)/)
p "1-2--3".split(/-/, -1), "1-2--3".split(/(-)+/), " x ".split(/ /, -1), "a,b".split(/,/, 0)
