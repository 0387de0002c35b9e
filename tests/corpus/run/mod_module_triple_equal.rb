module Tag; end
class Tagged
  include Tag
end
p Tag === Tagged.new
p Tag === Object.new
p Comparable === 3
p Enumerable === {}
p Kernel === 1
case [1, 2]
when Hash then p :hash
when Enumerable then p :enumerable
end
p Tagged.new.is_a?(Tag)
p Tagged <= Tag
p Tag > Tagged
