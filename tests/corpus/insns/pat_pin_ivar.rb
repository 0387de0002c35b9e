@want = 3
case 3
in ^@want then p :match
else p :nomatch
end
