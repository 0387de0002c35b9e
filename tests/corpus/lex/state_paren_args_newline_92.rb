foo(a,
    b) do
end
