x = 1
# frozen_string_literal: true
y = 2
