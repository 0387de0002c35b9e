list = [1, 2]
case 2
when *list then p :in
else p :out
end
