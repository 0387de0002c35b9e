obj = Object.new
def obj.greet
  "hi"
end
