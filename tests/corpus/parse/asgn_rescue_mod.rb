a = b rescue c
@x = Integer(s) rescue nil
