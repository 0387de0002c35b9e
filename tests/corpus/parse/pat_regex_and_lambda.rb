case s
in /^\d+$/ then :digits
in ->(x) { x.size > 5 } then :long
end
