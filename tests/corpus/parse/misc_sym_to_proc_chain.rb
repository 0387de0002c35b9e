words.map(&:strip).reject(&:empty?).each(&method(:puts))
