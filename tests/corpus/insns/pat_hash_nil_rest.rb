case { a: 1 }
in { a: Integer, **nil } then p :exact
else p :more
end
