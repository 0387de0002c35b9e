require_relative "lib/shapes"
shapes = [Shapes::Circle.new(1), Shapes::Square.new(2)]
shapes.each { |s| puts "#{s.name}: #{s.area.round(3)}" }
p shapes.map(&:class), Shapes.constants.sort
