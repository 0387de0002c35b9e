dir = :up
case dir
when :up, :down then p :vert
when :left then p :horiz
end
