class Holder
end
p Holder
