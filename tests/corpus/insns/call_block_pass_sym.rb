p [1, 2, 3].select(&:odd?)
