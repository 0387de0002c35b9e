case shape
in Point[x, y]
  x
in Point[]
  :empty
end
