# Thousands of random inserts, deletes, shifts, deletes during #each, select!, dup and rehash
# (driven by Random, the same MT19937 in both VMs): the pairs, their order and the table's
# size (memsize_of) must come out the same
require "objspace"
[3, 7, 11].each do |seed|
  rng = Random.new(seed)
  h = {}
  log = []
  4000.times do |step|
    kind = rng.rand(4)
    k = if kind == 0 then rng.rand(60)
        elsif kind == 1 then "s#{rng.rand(60)}"
        elsif kind == 2 then :"y#{rng.rand(60)}"
        else rng.rand(60).to_f
        end
    op = rng.rand(12)
    if op < 5 then h[k] = step
    elsif op < 7 then h.delete(k)
    elsif op == 7 then h.shift
    elsif op == 8 then (h.each { |kk, v| h.delete(kk) if v % 7 == 0 } if rng.rand(8) == 0)
    elsif op == 9 then (h.select! { rng.rand(6) > 0 } if rng.rand(10) == 0)
    elsif op == 10 then (h = h.dup if rng.rand(20) == 0)
    elsif rng.rand(30) == 0 then h.rehash
    end
    log << "#{step}:#{h.size}:#{ObjectSpace.memsize_of(h)}" if step % 40 == 0
  end
  puts log.join(" ")
  p h
end
