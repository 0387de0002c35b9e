class Parser
  def parse(tok)
    case tok
    when /\d/ then Integer(tok)
    when *OPS then tok.to_sym
    else raise ArgumentError, tok
    end
  rescue ArgumentError => e
    warn e.message
    nil
  end
end
