conn&.send(:ping, 1) { |r| r&.ok? }
list&.first&.name&.upcase
