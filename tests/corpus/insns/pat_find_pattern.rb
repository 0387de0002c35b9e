case [1, 42, "x", :s]
in [*, String => s, *post] then p s, post
else nil
end
