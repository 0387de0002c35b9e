def fetch
  tries ||= 0
  get
rescue
  tries += 1
  retry if tries < 3
end
