module Conf; end
Conf::LEVEL ||= 3
p Conf::LEVEL
