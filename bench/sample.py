"""A realistic, valid Ruby program of about N lines for the benchmarks: classes, modules,
methods with every kind of parameter, blocks, strings with interpolation, heredocs, hashes,
case/when, begin/rescue, and operators. Deterministic; written here, for this project."""
from __future__ import annotations

TEMPLATE = '''\
module Shop{i}
  # A small inventory model, version {i}
  class Item{i} < Struct.new(:name, :price, :qty)
    include Comparable
    TAX_{i} = 0.2{i}

    def initialize(name, price = 10, *tags, qty: 1, **opts, &blk)
      super(name, price, qty)
      @tags = tags.map {{ |t| t.to_s.upcase }}
      @opts = {{ color: "red", size: :m, count: {i} }}.merge(opts)
      @blk = blk
    end

    def <=>(other) = price <=> other.price

    def total(discount = 0)
      sum = price * qty * (1 + TAX_{i})
      sum -= discount if discount > 0 && sum > discount
      sum.round(2)
    end

    def describe
      label = case qty
              when 0 then "none"
              when 1..9 then "few"
              else "many"
              end
      text = <<~TXT
        #{{name}} costs #{{price}} (#{{label}})
        tags: #{{@tags.join(", ")}}
      TXT
      text.strip
    end

    def self.parse(line)
      name, price, qty = line.split(",")
      new(name, Integer(price), qty: qty.to_i)
    rescue ArgumentError => e
      warn "bad line #{{line.inspect}}: #{{e.message}}"
      nil
    end
  end

  def self.report(items)
    items.select {{ |it| it.qty > 0 }}
         .sort_by(&:price)
         .each_with_index
         .map do |it, idx|
      "#{{idx + 1}}. #{{it.describe}} = #{{it.total}}"
    end
  end
end
'''


def sample(lines: int = 1000) -> str:
    out, i = [], 0
    while sum(chunk.count("\n") for chunk in out) < lines:
        out.append(TEMPLATE.format(i=i))
        i += 1
    text = "".join(out)
    return "\n".join(text.split("\n")[:lines]).rsplit("\nmodule", 1)[0] + "\n"


if __name__ == "__main__":
    print(sample(), end="")
