x ||= compute rescue nil
