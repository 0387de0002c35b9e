case 1.5
when Float then "float"
end
