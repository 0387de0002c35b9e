m key: :val
m key:
  :val
m key: ->{ }
