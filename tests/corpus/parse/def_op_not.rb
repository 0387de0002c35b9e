def !
  false
end
def !=(o)
  true
end
