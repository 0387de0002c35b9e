class Greeter
end
