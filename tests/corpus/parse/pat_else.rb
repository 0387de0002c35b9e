case x
in [] then :empty
else :other
end
