def ==(o) = true
def +(o) = self
def [](i) = i
def !@ = false rescue nil
