def safe = risky rescue nil
