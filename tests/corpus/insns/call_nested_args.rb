p [1, 2].zip([3, 4]).to_h.fetch(1)
