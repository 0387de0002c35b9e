# frozen_string_literal: true
s = "x"
