f = -> { yield }
