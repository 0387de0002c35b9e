def dsplat(**)
end
