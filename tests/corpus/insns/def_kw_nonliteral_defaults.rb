def stamp(at: Time.now.year, tag: [at].join)
  tag
end
p stamp(at: 2000)
