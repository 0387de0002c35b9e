obj.items ||= list.map do |x| x * 2 end
