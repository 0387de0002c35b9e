# frozen_string_literal: true
n = 1
p "n#{n}".frozen?
