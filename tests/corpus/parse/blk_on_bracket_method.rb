a[0] { 1 } rescue nil
m(1).each do end
