for @item in items
  show @item
end
