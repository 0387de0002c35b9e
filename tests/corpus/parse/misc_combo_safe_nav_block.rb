user&.profile&.tags&.each { |t| puts t }
x = obj&.value || default
