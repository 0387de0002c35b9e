case n
when ->(x) { x > 5 } then "big"
when :odd?.to_proc then "odd"
end
