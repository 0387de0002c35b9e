# String's methods that yield (cf. string.c: rb_str_each_char, rb_str_each_byte,
# rb_str_each_line, rb_str_upto_each ...), written in Ruby so a stepper can walk into them.
class String
  def each_char
    return to_enum(:each_char) { size } unless block_given?
    chars.each { |c| yield c }
    self
  end

  def each_byte
    return to_enum(:each_byte) { bytesize } unless block_given?
    bytes.each { |b| yield b }
    self
  end

  def each_codepoint
    return to_enum(:each_codepoint) { size } unless block_given?
    codepoints.each { |c| yield c }
    self
  end

  def each_grapheme_cluster
    return to_enum(:each_grapheme_cluster) { grapheme_clusters.size } unless block_given?
    grapheme_clusters.each { |c| yield c }
    self
  end

  def each_line(*args, **kw)
    return to_enum(:each_line, *args, **kw) unless block_given?
    __each_line_list(*args, **kw).each { |l| yield l }
    self
  end

  # cf. rb_str_upto_each
  def upto(last, exclusive = false)
    return to_enum(:upto, last, exclusive) unless block_given?
    last = String.try_convert(last) || raise(TypeError, "no implicit conversion of #{last.class} into String")
    if size == 1 && last.size == 1 && ascii_only? && last.ascii_only?
      c = ord
      e = last.ord
      while c < e || (!exclusive && c == e)
        yield c.chr
        c += 1
      end
      return self
    end
    if ascii_only? && last.ascii_only? && match?(/\A\d+\z/) && last.match?(/\A\d+\z/)
      width = size
      i = to_i
      e = last.to_i
      while i < e || (!exclusive && i == e)
        s = i.to_s
        s = "0" * (width - s.size) + s if s.size < width
        yield s
        i += 1
      end
      return self
    end
    n = self <=> last
    return self if n > 0 || (exclusive && n == 0)
    after = last.succ
    cur = self
    until cur == after
      nxt = exclusive && cur == last ? nil : cur.succ
      break if exclusive && cur == last
      yield cur
      break if nxt.nil?
      cur = nxt
      break if cur.size > last.size || cur.empty?
    end
    self
  end
end
