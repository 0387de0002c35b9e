# frozen_string_literal: true
h = { "a" => 1 }
p h["a"]
