case { a: 1, b: 2 }
in { a:, **rest } then p rest
else nil
end
