f = ->(a = ->{ 1 }) { a.() }
g = -> (b) { b }
h = lambda { |c| c }
i = proc do |d| d end
