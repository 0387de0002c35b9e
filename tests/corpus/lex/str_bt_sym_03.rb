s = :`
self.`("x")
