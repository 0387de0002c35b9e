foo { |**opts| opts }
foo { |*| }
