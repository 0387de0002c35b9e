def cls(x)
  case x
  when 1, 2.0 then :num
  when :s, "t" then :word
  when nil then :nil
  end
end
p cls(2.0)
