class A::B
end
class ::Top
end
