case event
in {type: :click, pos: [x, y]}
  [x, y]
in {type: :key, key: "q" | "x"}
  :quit
end
