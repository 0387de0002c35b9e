def window(w: 100, h: w / 2, title: "#{w}x#{h}") = [w, h, title]

p window
p window(w: 40)
p window(h: 7)
p window(title: "T", w: 1)
