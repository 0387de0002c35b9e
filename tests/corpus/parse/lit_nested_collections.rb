data = {items: [1, [2, {deep: :yes}]], "k" => %w[a b]}
