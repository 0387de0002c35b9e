expected = 2
case 2
in ^expected then p :same
else p :diff
end
